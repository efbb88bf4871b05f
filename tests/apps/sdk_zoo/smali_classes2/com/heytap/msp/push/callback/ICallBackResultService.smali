.class public interface abstract Lcom/heytap/msp/push/callback/ICallBackResultService;
.super Ljava/lang/Object;
.method public abstract onRegister(ILjava/lang/String;)V
.end method
