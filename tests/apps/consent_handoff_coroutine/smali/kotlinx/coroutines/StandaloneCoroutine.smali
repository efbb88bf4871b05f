.class Lkotlinx/coroutines/StandaloneCoroutine;
.super Ljava/lang/Object;
.source "Builders.common.kt"

# interfaces
.implements Lkotlinx/coroutines/Job;


# instance fields
.field private final context:Lkotlin/coroutines/CoroutineContext;

.field private volatile block:Lkotlin/jvm/functions/Function2;

.field private volatile cancelled:Z


# direct methods
.method public constructor <init>(Lkotlin/coroutines/CoroutineContext;Z)V
    .registers 3

    invoke-direct {p0}, Ljava/lang/Object;-><init>()V

    iput-object p1, p0, Lkotlinx/coroutines/StandaloneCoroutine;->context:Lkotlin/coroutines/CoroutineContext;

    return-void
.end method


# virtual methods
.method public cancel()V
    .registers 2

    const/4 v0, 0x1

    iput-boolean v0, p0, Lkotlinx/coroutines/StandaloneCoroutine;->cancelled:Z

    return-void
.end method

.method public final start(Lkotlinx/coroutines/CoroutineStart;Ljava/lang/Object;Lkotlin/jvm/functions/Function2;)V
    .registers 4

    iput-object p3, p0, Lkotlinx/coroutines/StandaloneCoroutine;->block:Lkotlin/jvm/functions/Function2;

    return-void
.end method
