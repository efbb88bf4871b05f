.class public Lcom/vivo/push/PushClient;
.super Ljava/lang/Object;
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
.method public static getInstance(Landroid/content/Context;)Lcom/vivo/push/PushClient;
    .registers 2
    const/4 v0, 0x0
    return-object v0
.end method
.method public initialize()V
    .registers 1
    return-void
.end method
.method public turnOnPush(Lcom/vivo/push/IPushActionListener;)V
    .registers 2
    return-void
.end method
