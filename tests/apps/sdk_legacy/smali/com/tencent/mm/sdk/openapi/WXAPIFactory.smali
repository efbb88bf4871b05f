.class public Lcom/tencent/mm/sdk/openapi/WXAPIFactory;
.super Ljava/lang/Object;
.method public static createWXAPI(Landroid/content/Context;Ljava/lang/String;)Lcom/tencent/mm/sdk/openapi/IWXAPI;
    .registers 3
    const/4 v0, 0x0
    return-object v0
.end method
