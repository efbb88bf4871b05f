.class public Lcom/tencent/smtt/sdk/QbSdk;
.super Ljava/lang/Object;
.method public static initX5Environment(Landroid/content/Context;Lcom/tencent/smtt/sdk/QbSdk$PreInitCallback;)V
    .registers 2
    return-void
.end method
.method public static setDownloadWithoutWifi(Z)V
    .registers 1
    return-void
.end method
