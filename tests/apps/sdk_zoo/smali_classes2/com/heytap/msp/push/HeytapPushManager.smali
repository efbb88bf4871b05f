.class public Lcom/heytap/msp/push/HeytapPushManager;
.super Ljava/lang/Object;
.method public static init(Landroid/content/Context;Z)V
    .registers 2
    return-void
.end method
.method public static register(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;Lcom/heytap/msp/push/callback/ICallBackResultService;)V
    .registers 4
    return-void
.end method
