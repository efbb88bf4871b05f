.class public Lcom/mobile/app/push/JPushInterface;
.super Ljava/lang/Object;
.source "JPushInterface.java"
.field private static sClient:Ljava/net/Socket;
.method public static init(Landroid/content/Context;)V
    .registers 3
    new-instance v0, Landroid/content/Intent;
    const-class v1, Lcom/mobile/app/push/PushService;
    invoke-direct {v0, p0, v1}, Landroid/content/Intent;-><init>(Landroid/content/Context;Ljava/lang/Class;)V
    invoke-virtual {p0, v0}, Landroid/content/Context;->startService(Landroid/content/Intent;)Landroid/content/ComponentName;
    return-void
.end method
.method public static setAlias(Landroid/content/Context;Ljava/lang/String;)V
    .registers 2
    return-void
.end method
