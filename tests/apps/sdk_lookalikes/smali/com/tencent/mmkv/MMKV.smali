.class public Lcom/tencent/mmkv/MMKV;
.super Ljava/lang/Object;
.method public constructor <init>()V
    .registers 1
    invoke-direct {p0}, Ljava/lang/Object;-><init>()V
    return-void
.end method
.method public static initialize(Landroid/content/Context;)Ljava/lang/String;
    .registers 2
    const/4 v0, 0x0
    return-object v0
.end method
.method public static defaultMMKV()Lcom/tencent/mmkv/MMKV;
    .registers 1
    const/4 v0, 0x0
    return-object v0
.end method
.method public encode(Ljava/lang/String;Ljava/lang/String;)Z
    .registers 4
    const/4 v0, 0x0
    return v0
.end method
.method public decodeString(Ljava/lang/String;)Ljava/lang/String;
    .registers 3
    const/4 v0, 0x0
    return-object v0
.end method
.method private static native jniInitialize(Ljava/lang/String;I)V
.end method
