.class public Lcom/sina/weibo/sdk/openapi/WBAPIFactory;
.super Ljava/lang/Object;
.method public static createWBAPI(Landroid/content/Context;)Lcom/sina/weibo/sdk/openapi/IWBAPI;
    .registers 2
    const/4 v0, 0x0
    return-object v0
.end method
