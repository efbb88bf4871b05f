.class public Lcom/example/oldie/share/ShareUtil;
.super Ljava/lang/Object;
.source "ShareUtil.java"
.method public static shareLine(Landroid/content/Context;Ljava/lang/String;)V
    .registers 3
    new-instance v0, Lcn/sharesdk/onekeyshare/OnekeyShare;
    invoke-direct {v0}, Lcn/sharesdk/onekeyshare/OnekeyShare;-><init>()V
    invoke-virtual {v0, p1}, Lcn/sharesdk/onekeyshare/OnekeyShare;->setText(Ljava/lang/String;)V
    invoke-virtual {v0, p0}, Lcn/sharesdk/onekeyshare/OnekeyShare;->show(Landroid/content/Context;)V
    return-void
.end method
.method public static shareToWeixin(Landroid/content/Context;Ljava/lang/String;)V
    .registers 4
    const-string v0, "wx2f8a1c3b5d7e9f01"
    invoke-static {p0, v0}, Lcom/tencent/mm/sdk/openapi/WXAPIFactory;->createWXAPI(Landroid/content/Context;Ljava/lang/String;)Lcom/tencent/mm/sdk/openapi/IWXAPI;
    move-result-object v1
    invoke-interface {v1, v0}, Lcom/tencent/mm/sdk/openapi/IWXAPI;->registerApp(Ljava/lang/String;)Z
    new-instance v0, Lcom/tencent/mm/sdk/openapi/WXWebpageObject;
    invoke-direct {v0}, Lcom/tencent/mm/sdk/openapi/WXWebpageObject;-><init>()V
    iput-object p1, v0, Lcom/tencent/mm/sdk/openapi/WXWebpageObject;->webpageUrl:Ljava/lang/String;
    return-void
.end method
