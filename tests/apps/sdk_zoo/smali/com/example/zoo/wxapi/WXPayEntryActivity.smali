.class public Lcom/example/zoo/wxapi/WXPayEntryActivity;
.super Landroid/app/Activity;
.source "WXPayEntryActivity.java"
.implements Lcom/tencent/mm/opensdk/openapi/IWXAPIEventHandler;
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method
.method public onReq(Lcom/tencent/mm/opensdk/modelbase/BaseReq;)V
    .registers 2
    return-void
.end method
.method public onResp(Lcom/tencent/mm/opensdk/modelbase/BaseResp;)V
    .registers 2
    return-void
.end method
