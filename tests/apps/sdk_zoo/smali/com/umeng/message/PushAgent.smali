.class public Lcom/umeng/message/PushAgent;
.super Ljava/lang/Object;
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
.method public static getInstance(Landroid/content/Context;)Lcom/umeng/message/PushAgent;
    .registers 2
    const/4 v0, 0x0
    return-object v0
.end method
.method public register(Lcom/umeng/message/api/UPushRegisterCallback;)V
    .registers 2
    return-void
.end method
