.class public Lcom/umeng/commonsdk/UMConfigure;
.super Ljava/lang/Object;
.field private static sAppkey:Ljava/lang/String;
.method public static setLogEnabled(Z)V
    .registers 1
    return-void
.end method
.method public static preInit(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;)V
    .registers 3
    sput-object p1, Lcom/umeng/commonsdk/UMConfigure;->sAppkey:Ljava/lang/String;
    return-void
.end method
.method public static init(Landroid/content/Context;Ljava/lang/String;Ljava/lang/String;ILjava/lang/String;)V
    .registers 6
    invoke-static {p0}, Lcom/umeng/commonsdk/statistics/common/DeviceConfig;->getAndroidID(Landroid/content/Context;)Ljava/lang/String;
    move-result-object v0
    sput-object p1, Lcom/umeng/commonsdk/UMConfigure;->sAppkey:Ljava/lang/String;
    return-void
.end method
.method public static submitPolicyGrantResult(Landroid/content/Context;Z)V
    .registers 2
    return-void
.end method
