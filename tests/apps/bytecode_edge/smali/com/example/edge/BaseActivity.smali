.class public abstract Lcom/example/edge/BaseActivity;
.super Landroid/app/Activity;
.source "BaseActivity.java"

.method public constructor <init>()V
    .locals 0
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method

.method protected helper()V
    .locals 1
    const-string v0, "base-helper"
    invoke-static {v0}, Lcom/example/edge/Switchy;->log(Ljava/lang/String;)V
    return-void
.end method
