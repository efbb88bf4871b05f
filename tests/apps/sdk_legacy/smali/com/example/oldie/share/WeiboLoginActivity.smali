.class public Lcom/example/oldie/share/WeiboLoginActivity;
.super Landroid/app/Activity;
.source "WeiboLoginActivity.java"
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method
.method public login()V
    .registers 3
    const-string v0, "2756012345"
    const-string v1, "https://api.weibo.com/oauth2/default.html"
    invoke-static {v0, v1}, Lcom/weibo/sdk/android/Weibo;->getInstance(Ljava/lang/String;Ljava/lang/String;)Lcom/weibo/sdk/android/Weibo;
    move-result-object v0
    new-instance v1, Lcom/weibo/sdk/android/sso/SsoHandler;
    invoke-direct {v1, p0, v0}, Lcom/weibo/sdk/android/sso/SsoHandler;-><init>(Landroid/app/Activity;Lcom/weibo/sdk/android/Weibo;)V
    const/4 v0, 0x0
    invoke-virtual {v1, v0}, Lcom/weibo/sdk/android/sso/SsoHandler;->authorize(Lcom/weibo/sdk/android/WeiboAuthListener;)V
    return-void
.end method
.method public loginQq()V
    .registers 4
    const-string v0, "100371282"
    invoke-static {v0, p0}, Lcom/tencent/tauth/Tencent;->createInstance(Ljava/lang/String;Landroid/content/Context;)Lcom/tencent/tauth/Tencent;
    move-result-object v0
    const-string v1, "get_user_info,add_share"
    const/4 v2, 0x0
    invoke-virtual {v0, p0, v1, v2}, Lcom/tencent/tauth/Tencent;->login(Landroid/app/Activity;Ljava/lang/String;Lcom/tencent/tauth/IUiListener;)I
    return-void
.end method
