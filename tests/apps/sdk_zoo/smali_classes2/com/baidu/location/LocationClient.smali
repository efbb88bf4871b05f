.class public Lcom/baidu/location/LocationClient;
.super Ljava/lang/Object;
.method public constructor <init>(Landroid/content/Context;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
.method public static setAgreePrivacy(Z)V
    .registers 1
    return-void
.end method
.method public start()V
    .registers 1
    return-void
.end method
