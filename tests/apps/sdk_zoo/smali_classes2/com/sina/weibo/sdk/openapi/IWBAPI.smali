.class public interface abstract Lcom/sina/weibo/sdk/openapi/IWBAPI;
.super Ljava/lang/Object;
.method public abstract registerApp(Landroid/content/Context;Lcom/sina/weibo/sdk/auth/AuthInfo;)V
.end method
