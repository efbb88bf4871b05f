.class public Lcom/example/zoo/push/ZooMiPushReceiver;
.super Lcom/xiaomi/mipush/sdk/PushMessageReceiver;
.source "ZooMiPushReceiver.java"
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Lcom/xiaomi/mipush/sdk/PushMessageReceiver;-><init>()V
    return-void
.end method
