.class public Lcom/alipay/android/app/sdk/AliPay;
.super Ljava/lang/Object;
.method public constructor <init>(Landroid/app/Activity;Landroid/os/Handler;)V
    .registers 3
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
.method public pay(Ljava/lang/String;)Ljava/lang/String;
    .registers 3
    const/4 v0, 0x0
    return-object v0
.end method
