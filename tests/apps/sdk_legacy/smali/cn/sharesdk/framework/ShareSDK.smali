.class public Lcn/sharesdk/framework/ShareSDK;
.super Ljava/lang/Object;
.method public static initSDK(Landroid/content/Context;)V
    .registers 1
    return-void
.end method
.method public static getPlatform(Landroid/content/Context;Ljava/lang/String;)Lcn/sharesdk/framework/Platform;
    .registers 3
    const/4 v0, 0x0
    return-object v0
.end method
