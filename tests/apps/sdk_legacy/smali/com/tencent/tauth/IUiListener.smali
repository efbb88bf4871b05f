.class public interface abstract Lcom/tencent/tauth/IUiListener;
.super Ljava/lang/Object;
.method public abstract onComplete(Lorg/json/JSONObject;)V
.end method
