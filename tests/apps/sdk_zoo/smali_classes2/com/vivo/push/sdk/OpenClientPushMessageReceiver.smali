.class public abstract Lcom/vivo/push/sdk/OpenClientPushMessageReceiver;
.super Landroid/content/BroadcastReceiver;
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/content/BroadcastReceiver;-><init>()V
    return-void
.end method
.method public onReceiveRegId(Landroid/content/Context;Ljava/lang/String;)V
    .registers 3
    return-void
.end method
