.class public Lcom/example/oldie/push/BaiduPushReceiver;
.super Landroid/content/BroadcastReceiver;
.source "BaiduPushReceiver.java"
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/content/BroadcastReceiver;-><init>()V
    return-void
.end method
.method public onReceive(Landroid/content/Context;Landroid/content/Intent;)V
    .registers 5
    invoke-virtual {p2}, Landroid/content/Intent;->getAction()Ljava/lang/String;
    move-result-object v0
    const-string v1, "com.baidu.android.pushservice.action.MESSAGE"
    invoke-virtual {v1, v0}, Ljava/lang/String;->equals(Ljava/lang/Object;)Z
    return-void
.end method
