.class public abstract Lcom/tencent/tinker/loader/app/TinkerApplication;
.super Landroid/app/Application;
.method protected constructor <init>(ILjava/lang/String;Ljava/lang/String;Z)V
    .registers 5
    invoke-direct {p0}, Landroid/app/Application;-><init>()V
    return-void
.end method
