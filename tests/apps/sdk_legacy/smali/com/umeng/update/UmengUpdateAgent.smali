.class public Lcom/umeng/update/UmengUpdateAgent;
.super Ljava/lang/Object;
.method public static update(Landroid/content/Context;)V
    .registers 1
    return-void
.end method
.method public static setUpdateOnlyWifi(Z)V
    .registers 1
    return-void
.end method
