.class public Lcom/example/zoo/push/UmengRegisterCallback;
.super Ljava/lang/Object;
.source "PushRegistry.java"
.implements Lcom/umeng/message/api/UPushRegisterCallback;
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
.method public onSuccess(Ljava/lang/String;)V
    .registers 2
    return-void
.end method
.method public onFailure(Ljava/lang/String;Ljava/lang/String;)V
    .registers 3
    return-void
.end method
