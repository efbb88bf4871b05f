.class public Lcom/huawei/hms/push/HmsMessageService;
.super Landroid/app/Service;
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Service;-><init>()V
    return-void
.end method
.method public onNewToken(Ljava/lang/String;)V
    .registers 2
    return-void
.end method
