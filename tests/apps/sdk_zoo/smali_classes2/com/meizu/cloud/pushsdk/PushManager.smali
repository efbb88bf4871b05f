.class public Lcom/meizu/cloud/pushsdk/PushManager;
.super Ljava/lang/Object;
.method public static register(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)V
    .registers 3
    return-void
.end method
