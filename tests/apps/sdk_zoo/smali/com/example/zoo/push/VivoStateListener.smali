.class public Lcom/example/zoo/push/VivoStateListener;
.super Ljava/lang/Object;
.source "PushRegistry.java"
.implements Lcom/vivo/push/IPushActionListener;
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
.method public onStateChanged(I)V
    .registers 2
    return-void
.end method
