.class public Lcom/huawei/hms/aaid/HmsInstanceId;
.super Ljava/lang/Object;
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
.method public static getInstance(Landroid/content/Context;)Lcom/huawei/hms/aaid/HmsInstanceId;
    .registers 2
    const/4 v0, 0x0
    return-object v0
.end method
.method public getToken(Ljava/lang/String;Ljava/lang/String;)Ljava/lang/String;
    .registers 4
    const/4 v0, 0x0
    return-object v0
.end method
