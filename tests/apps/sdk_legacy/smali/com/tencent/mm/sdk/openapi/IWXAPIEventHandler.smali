.class public interface abstract Lcom/tencent/mm/sdk/openapi/IWXAPIEventHandler;
.super Ljava/lang/Object;
.method public abstract onReq(Lcom/tencent/mm/sdk/openapi/BaseReq;)V
.end method
.method public abstract onResp(Lcom/tencent/mm/sdk/openapi/BaseResp;)V
.end method
