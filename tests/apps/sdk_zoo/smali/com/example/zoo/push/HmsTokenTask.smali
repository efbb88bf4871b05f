.class public Lcom/example/zoo/push/HmsTokenTask;
.super Ljava/lang/Object;
.source "PushRegistry.java"
.implements Ljava/lang/Runnable;
.field private final context:Landroid/content/Context;
.method public constructor <init>(Landroid/content/Context;)V
    .registers 2
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    iput-object p1, p0, Lcom/example/zoo/push/HmsTokenTask;->context:Landroid/content/Context;
    return-void
.end method
.method public run()V
    .registers 4
    iget-object v0, p0, Lcom/example/zoo/push/HmsTokenTask;->context:Landroid/content/Context;
    invoke-static {v0}, Lcom/huawei/agconnect/config/AGConnectServicesConfig;->fromContext(Landroid/content/Context;)Lcom/huawei/agconnect/config/AGConnectServicesConfig;
    move-result-object v1
    const-string v2, "client/app_id"
    invoke-virtual {v1, v2}, Lcom/huawei/agconnect/config/AGConnectServicesConfig;->getString(Ljava/lang/String;)Ljava/lang/String;
    move-result-object v1
    invoke-static {v0}, Lcom/huawei/hms/aaid/HmsInstanceId;->getInstance(Landroid/content/Context;)Lcom/huawei/hms/aaid/HmsInstanceId;
    move-result-object v0
    const-string v2, "HCM"
    invoke-virtual {v0, v1, v2}, Lcom/huawei/hms/aaid/HmsInstanceId;->getToken(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;
    return-void
.end method
