.class public interface abstract Lcom/tencent/mm/sdk/openapi/IWXAPI;
.super Ljava/lang/Object;
.method public abstract registerApp(Ljava/lang/String;)Z
.end method
.method public abstract sendReq(Lcom/tencent/mm/sdk/openapi/BaseReq;)Z
.end method
.method public abstract handleIntent(Landroid/content/Intent;Lcom/tencent/mm/sdk/openapi/IWXAPIEventHandler;)Z
.end method
