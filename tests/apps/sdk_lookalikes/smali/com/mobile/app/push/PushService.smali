.class public Lcom/mobile/app/push/PushService;
.super Landroid/app/Service;
.source "PushService.java"
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Service;-><init>()V
    return-void
.end method
.method public onStartCommand(Landroid/content/Intent;II)I
    .registers 5
    const-string v0, "PUSH_APPID"
    invoke-static {p0, v0}, Lcom/mobile/app/util/ChannelUtil;->read(Landroid/content/Context;Ljava/lang/String;)Ljava/lang/String;
    const/4 v0, 0x1
    return v0
.end method
