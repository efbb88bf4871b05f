.class public Lcn/sharesdk/framework/ShareSDK;
.super Ljava/lang/Object;
.method public static getPlatform(Ljava/lang/String;)Lcn/sharesdk/framework/Platform;
    .registers 2
    const/4 v0, 0x0
    return-object v0
.end method
