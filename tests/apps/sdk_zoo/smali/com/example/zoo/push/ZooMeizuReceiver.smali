.class public Lcom/example/zoo/push/ZooMeizuReceiver;
.super Lcom/meizu/cloud/pushsdk/MzPushMessageReceiver;
.source "ZooMeizuReceiver.java"
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Lcom/meizu/cloud/pushsdk/MzPushMessageReceiver;-><init>()V
    return-void
.end method
