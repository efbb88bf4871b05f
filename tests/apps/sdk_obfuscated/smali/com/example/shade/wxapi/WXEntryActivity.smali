.class public Lcom/example/shade/wxapi/WXEntryActivity;
.super Landroid/app/Activity;
.source "SourceFile"
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
