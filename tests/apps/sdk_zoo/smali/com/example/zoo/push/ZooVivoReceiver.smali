.class public Lcom/example/zoo/push/ZooVivoReceiver;
.super Lcom/vivo/push/sdk/OpenClientPushMessageReceiver;
.source "ZooVivoReceiver.java"
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Lcom/vivo/push/sdk/OpenClientPushMessageReceiver;-><init>()V
    return-void
.end method
