.class public Lcom/weibo/sdk/android/sso/SsoHandler;
.super Ljava/lang/Object;
.method public constructor <init>(Landroid/app/Activity;Lcom/weibo/sdk/android/Weibo;)V
    .registers 3
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
.method public authorize(Lcom/weibo/sdk/android/WeiboAuthListener;)V
    .registers 2
    return-void
.end method
