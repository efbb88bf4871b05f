.class public Lcom/example/edge/MainActivity;
.super Lcom/example/edge/BaseActivity;
.source "MainActivity.java"

.method public constructor <init>()V
    .locals 0
    invoke-direct {p0}, Lcom/example/edge/BaseActivity;-><init>()V
    return-void
.end method

.method protected onCreate(Landroid/os/Bundle;)V
    .locals 2
    invoke-super {p0, p1}, Lcom/example/edge/BaseActivity;->onCreate(Landroid/os/Bundle;)V
    invoke-virtual {p0}, Lcom/example/edge/MainActivity;->helper()V
    const-string v0, "phone"
    invoke-virtual {p0, v0}, Lcom/example/edge/MainActivity;->getSystemService(Ljava/lang/String;)Ljava/lang/Object;
    move-result-object v0
    const/4 v1, 0x1
    invoke-static {v1}, Lcom/example/edge/Switchy;->pick(I)V
    return-void
.end method
