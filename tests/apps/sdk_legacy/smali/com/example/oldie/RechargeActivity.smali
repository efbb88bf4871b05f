.class public Lcom/example/oldie/RechargeActivity;
.super Landroid/app/Activity;
.source "RechargeActivity.java"
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Landroid/app/Activity;-><init>()V
    return-void
.end method
.method public pay(Ljava/lang/String;)V
    .registers 4
    new-instance v0, Lcom/alipay/android/app/sdk/AliPay;
    new-instance v1, Landroid/os/Handler;
    invoke-direct {v1}, Landroid/os/Handler;-><init>()V
    invoke-direct {v0, p0, v1}, Lcom/alipay/android/app/sdk/AliPay;-><init>(Landroid/app/Activity;Landroid/os/Handler;)V
    invoke-virtual {v0, p1}, Lcom/alipay/android/app/sdk/AliPay;->pay(Ljava/lang/String;)Ljava/lang/String;
    return-void
.end method
