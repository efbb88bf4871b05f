.class public interface abstract Lcom/umeng/message/api/UPushRegisterCallback;
.super Ljava/lang/Object;
.method public abstract onSuccess(Ljava/lang/String;)V
.end method
.method public abstract onFailure(Ljava/lang/String;Ljava/lang/String;)V
.end method
