.class public Lcom/umeng/analytics/MobclickAgent;
.super Ljava/lang/Object;
.method public static onResume(Landroid/content/Context;)V
    .registers 1
    return-void
.end method
.method public static onPause(Landroid/content/Context;)V
    .registers 1
    return-void
.end method
.method public static onEvent(Landroid/content/Context;Ljava/lang/String;)V
    .registers 2
    return-void
.end method
