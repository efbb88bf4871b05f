.class public Lcom/example/zoo/share/ShareHelper;
.super Ljava/lang/Object;
.source "ShareHelper.java"
.method public static showShareBoard(Landroid/app/Activity;Ljava/lang/String;)V
    .registers 4
    new-instance v0, Lcn/sharesdk/onekeyshare/OnekeyShare;
    invoke-direct {v0}, Lcn/sharesdk/onekeyshare/OnekeyShare;-><init>()V
    invoke-virtual {v0, p1}, Lcn/sharesdk/onekeyshare/OnekeyShare;->setTitle(Ljava/lang/String;)V
    invoke-virtual {v0, p0}, Lcn/sharesdk/onekeyshare/OnekeyShare;->show(Landroid/content/Context;)V
    const-string v1, "share_board"
    invoke-static {p0, v1}, Lcom/umeng/analytics/MobclickAgent;->onEvent(Landroid/content/Context;Ljava/lang/String;)V
    return-void
.end method
