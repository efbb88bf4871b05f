.class public Lcom/example/zoo/ZooApplication;
.super Lcom/tencent/tinker/loader/app/TinkerApplication;
.source "ZooApplication.java"
.method public constructor <init>()V
    .registers 5
    const/4 v0, 0x7
    const-string v1, "com.example.zoo.ZooApplicationLike"
    const-string v2, "com.tencent.tinker.loader.TinkerLoader"
    const/4 v3, 0x0
    invoke-direct {p0, v0, v1, v2, v3}, Lcom/tencent/tinker/loader/app/TinkerApplication;-><init>(ILjava/lang/String;Ljava/lang/String;Z)V
    return-void
.end method
