.class public Lcom/example/zoo/wxapi/WXEntryActivity;
.super Lcom/umeng/socialize/weixin/view/WXCallbackActivity;
.source "WXEntryActivity.java"
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Lcom/umeng/socialize/weixin/view/WXCallbackActivity;-><init>()V
    return-void
.end method
