.class public Lcom/example/zoo/push/ZooHmsMessageService;
.super Lcom/huawei/hms/push/HmsMessageService;
.source "ZooHmsMessageService.java"
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Lcom/huawei/hms/push/HmsMessageService;-><init>()V
    return-void
.end method
.method public onNewToken(Ljava/lang/String;)V
    .registers 2
    return-void
.end method
