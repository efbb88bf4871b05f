.class public Lcom/taobao/accs/EventReceiver;
.super Landroid/content/BroadcastReceiver;
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/content/BroadcastReceiver;-><init>()V
    return-void
.end method
