.class public Lcom/example/zoo/push/OppoRegisterCallback;
.super Ljava/lang/Object;
.source "PushRegistry.java"
.implements Lcom/heytap/msp/push/callback/ICallBackResultService;
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
.method public onRegister(ILjava/lang/String;)V
    .registers 3
    return-void
.end method
