.class public Lcom/example/zoo/push/ZooJPushReceiver;
.super Lcn/jpush/android/service/JPushMessageReceiver;
.source "ZooJPushReceiver.java"
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Lcn/jpush/android/service/JPushMessageReceiver;-><init>()V
    return-void
.end method
