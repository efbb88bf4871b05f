.class public Lcom/example/oldie/wxapi/WXEntryActivity;
.super Landroid/app/Activity;
.source "WXEntryActivity.java"
.implements Lcom/tencent/mm/sdk/openapi/IWXAPIEventHandler;
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method
.method public onReq(Lcom/tencent/mm/sdk/openapi/BaseReq;)V
    .registers 2
    return-void
.end method
.method public onResp(Lcom/tencent/mm/sdk/openapi/BaseResp;)V
    .registers 2
    return-void
.end method
