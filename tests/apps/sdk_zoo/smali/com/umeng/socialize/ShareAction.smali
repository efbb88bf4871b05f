.class public Lcom/umeng/socialize/ShareAction;
.super Ljava/lang/Object;
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
.method public share()V
    .registers 1
    return-void
.end method
