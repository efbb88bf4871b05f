.class public Lcom/xiaomi/mipush/sdk/MiPushClient;
.super Ljava/lang/Object;
.method public static registerPush(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)V
    .registers 3
    return-void
.end method
