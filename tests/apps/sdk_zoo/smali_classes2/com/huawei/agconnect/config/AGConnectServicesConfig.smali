.class public Lcom/huawei/agconnect/config/AGConnectServicesConfig;
.super Ljava/lang/Object;
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
.method public static fromContext(Landroid/content/Context;)Lcom/huawei/agconnect/config/AGConnectServicesConfig;
    .registers 2
    const/4 v0, 0x0
    return-object v0
.end method
.method public getString(Ljava/lang/String;)Ljava/lang/String;
    .registers 3
    const/4 v0, 0x0
    return-object v0
.end method
